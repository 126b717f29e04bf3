/**
 * The fonts Chinese text is drawn with, the first one present wins: Debian's fonts-noto-cjk, then
 * the fonts macOS and Windows ship. Nothing is downloaded: the canvas of the snapshots, MapLibre's
 * labels and the pages all use the computer's own fonts.
 */
export const CJK_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei'] as const;

/**
 * The stack as a CSS font-family value. The pages read the same value from the custom property
 * `--font-cjk`, set once in src/app.html (a unit test keeps the two alike).
 */
export const CJK_FONT_FAMILY = `${CJK_FONTS.map((name) => `"${name}"`).join(', ')}, sans-serif`;
