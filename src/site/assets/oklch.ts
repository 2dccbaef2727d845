/** Colour conversion for the stylesheet: lightningcss visitors see colours as CssColor values. */
import type { CssColor } from 'lightningcss';

/** oklch() → sRGB (clipped): KERN's tokens in a form every browser understands. */
export function oklchToSrgb(color: CssColor): CssColor | void {
  if (typeof color !== 'object' || color.type !== 'oklch') return;
  const hue = (color.h * Math.PI) / 180;
  const a = color.c * Math.cos(hue);
  const b = color.c * Math.sin(hue);
  const l = (color.l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (color.l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (color.l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const channel = (linear: number) => {
    const v = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.max(linear, 0) ** (1 / 2.4) - 0.055;
    return Math.round(Math.min(1, Math.max(0, v)) * 255);
  };
  return {
    type: 'rgb',
    r: channel(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    g: channel(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    b: channel(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
    alpha: color.alpha,
  };
}
