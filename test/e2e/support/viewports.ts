/** The screens an issue is checked on: a desktop, a laptop and a phone, each light and dark. */
export const SCREENS = [
  { width: 1440, height: 900, colorScheme: "light" },
  { width: 1440, height: 900, colorScheme: "dark" },
  { width: 1280, height: 720, colorScheme: "light" },
  { width: 1280, height: 720, colorScheme: "dark" },
  { width: 390, height: 844, colorScheme: "light" },
  { width: 390, height: 844, colorScheme: "dark" },
] as const;

export type Screen = (typeof SCREENS)[number];

export const screenName = (screen: Screen) =>
  `${screen.width}x${screen.height}-${screen.colorScheme}`;

/** What a browser page or context is given to look like `screen`: its size and colour scheme. */
export const screenOptions = (screen: Screen) => ({
  viewport: { width: screen.width, height: screen.height },
  colorScheme: screen.colorScheme,
});
