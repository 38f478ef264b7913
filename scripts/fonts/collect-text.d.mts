export function collectText(root: string): string;
export function fontChars(text: string): string[];
export function unicodeRanges(chars: string[]): string[];
