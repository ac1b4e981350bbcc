import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CHART_FONT_FAMILY = 'Noto Sans';

// Node's own resolution, from the app's folder, at run time: a require.resolve
// the bundler can see is replaced by a module id (and it cannot take a .ttf
// as a module at all), so the package name is not written as one literal.
const FONT_PACKAGE = ['@expo-google-fonts', 'noto-sans', 'package.json'];

let files: string[] | null = null;

/**
 * Noto Sans regular and bold from the installed package rather than the
 * system's fonts, so a fresh machine draws the PNG with the same letters.
 */
export function chartFontFiles(): string[] {
  if (!files) {
    const folder = dirname(createRequire(join(process.cwd(), 'package.json')).resolve(FONT_PACKAGE.join('/')));
    files = [join(folder, '400Regular', 'NotoSans_400Regular.ttf'), join(folder, '700Bold', 'NotoSans_700Bold.ttf')];
  }
  return files;
}
