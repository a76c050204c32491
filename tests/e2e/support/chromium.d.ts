export const CHROMIUM: string;
export function requireChromium(): string;
