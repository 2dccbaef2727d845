/**
 * The output folder (`SITE_DIR`, default `_site`) is deleted and written anew by every build and
 * preview start: a folder the project or the editor's own files live in must never be taken for
 * it (outside tester, session 18: `SITE_DIR=.` or `SITE_DIR=content` would have deleted the
 * repository or the content).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Folders of the project that hold code, content or history: none of them, nor anything inside them, is an output folder. */
const PROJECT_FOLDERS = ['content', 'src', 'scripts', '_includes', 'test', 'docs', 'node_modules', '.git', '.github', '.ci'];

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : `${parent}${path.sep}`);

/**
 * Why `out` (absolute) must not be the output folder, in German, or undefined when it may be:
 * the file system's root, the home folder, the project (`projectRoot`) or a folder above it, a
 * folder of the project's own (PROJECT_FOLDERS) or the content folder (`contentRoot`), or
 * anything inside those; inside the project, anything that is there already and is no earlier
 * build (`_site…`, or a folder holding index.html).
 */
export function siteDirRefusal(out: string, projectRoot: string, contentRoot: string): string | undefined {
  const resolved = path.resolve(out);
  const shown = `SITE_DIR=${out}`;
  if (resolved === path.parse(resolved).root || inside(os.homedir(), resolved))
    return `${shown}: dieser Ordner würde vor dem Bauen gelöscht; er enthält das Home-Verzeichnis oder ist die Wurzel des Dateisystems.`;
  if (inside(path.resolve(projectRoot), resolved)) return `${shown}: dieser Ordner würde vor dem Bauen gelöscht; er enthält das Projekt selbst.`;
  for (const folder of [path.resolve(contentRoot), ...PROJECT_FOLDERS.map((name) => path.resolve(projectRoot, name))]) {
    if (inside(resolved, folder) || inside(folder, resolved))
      return `${shown}: dieser Ordner würde vor dem Bauen gelöscht; er liegt in oder enthält ${path.relative(projectRoot, folder) || folder}/ des Projekts.`;
  }
  // Inside the project, any other file or folder that is there already (package.json, schemas/ …;
  // outside tester, session 18) is one too, unless it is an earlier build (it holds index.html).
  const relative = path.relative(path.resolve(projectRoot), resolved);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    const top = relative.split(path.sep)[0]!;
    if (!top.startsWith('_site') && existsSync(path.resolve(projectRoot, top)) && !existsSync(path.join(resolved, 'index.html'))) {
      return `${shown}: dieser Ordner würde vor dem Bauen gelöscht; ${top} gehört zum Projekt.`;
    }
  }
  return undefined;
}
