/**
 * The output folder (`SITE_DIR`, default `_site`) is deleted and written anew by every build and
 * preview start: only a folder that is new, empty or an earlier build may be taken for it
 * (outside testers, session 18: `SITE_DIR=.` or `SITE_DIR=content` would have deleted the
 * repository or the content, a path through a symbolic link into the project did delete it, and
 * `SITE_DIR=~/Desktop` would have deleted the desktop).
 */
import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Folders of the project that hold code, content or history: none of them, nor anything inside them, is an output folder. */
const PROJECT_FOLDERS = ['content', 'src', 'scripts', '_includes', 'test', 'docs', 'node_modules', '.git', '.github', '.ci'];

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : `${parent}${path.sep}`);

/** `target` with every symbolic link on its way resolved, also when its last parts do not exist yet. */
function realPath(target: string): string {
  const rest: string[] = [];
  let existing = path.resolve(target);
  for (;;) {
    try {
      return path.join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(target);
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
}

/** Whether `folder` holds an earlier build (its start page) or nothing at all. */
function emptyOrBuild(folder: string): boolean {
  try {
    return existsSync(path.join(folder, 'index.html')) || readdirSync(folder).length === 0;
  } catch {
    return false;
  }
}

/**
 * Why `out` must not be the output folder, in German, or undefined when it may be. Links on the
 * way are resolved first. Refused: the file system's root, the home folder, the project
 * (`projectRoot`) or a folder above it, the content folder (`contentRoot`) and the project's own
 * folders (PROJECT_FOLDERS) and anything inside those; and any file, and any folder that is
 * neither empty nor an earlier build (it holds index.html), wherever it lies.
 */
export function siteDirRefusal(out: string, projectRoot: string, contentRoot: string): string | undefined {
  const resolved = realPath(out);
  const root = realPath(projectRoot);
  const shown = `SITE_DIR=${out}`;
  const refused = (why: string) => `${shown}: dieser Ordner würde vor dem Bauen gelöscht; ${why}`;
  if (resolved === path.parse(resolved).root || inside(realPath(os.homedir()), resolved)) return refused('er enthält das Home-Verzeichnis oder ist die Wurzel des Dateisystems.');
  if (inside(root, resolved)) return refused('er enthält das Projekt selbst.');
  for (const folder of [realPath(contentRoot), ...PROJECT_FOLDERS.map((name) => realPath(path.join(projectRoot, name)))]) {
    if (inside(resolved, folder) || inside(folder, resolved)) return refused(`er liegt in oder enthält ${path.relative(root, folder) || folder}/ des Projekts.`);
  }
  // The project's own output folders (_site, _site.tmp …) whatever they hold: a preview stopped halfway leaves no index.html.
  if (path.dirname(resolved) === root && path.basename(resolved).startsWith('_site')) return undefined;
  let stats;
  try {
    stats = lstatSync(resolved);
  } catch {
    return undefined; // new: nothing there to lose
  }
  if (!stats.isDirectory()) return refused('dort liegt eine Datei, kein Ordner.');
  if (!emptyOrBuild(resolved)) return refused('er ist nicht leer und enthält keine gebaute Website (index.html).');
  return undefined;
}
