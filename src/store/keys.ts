// Keys as the command table writes them: `e.key`, after the modifiers it needs ("Escape",
// "Ctrl+k"). Shift is not a modifier here: it is already part of the key typed (`+` is Shift+= on
// many layouts), so Shift+ArrowRight still steps a presentation, as a clicker may send it.

const MODIFIERS = ['Alt', 'Ctrl', 'Meta'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** One spelling per chord (modifiers in a fixed order), so two ways of writing it compare equal. */
export function normalizeKey(spec: string): string {
  // The key itself may be "+" ("Ctrl++"), so split off modifiers from the left only.
  const mods = new Set<Modifier>();
  let rest = spec;
  for (let m = /^(\w+)\+(.+)$/.exec(rest); m; m = /^(\w+)\+(.+)$/.exec(rest)) {
    const [, mod = '', key = ''] = m;
    if (!(MODIFIERS as readonly string[]).includes(mod)) {
      throw new Error(
        `Key "${spec}": "${mod}" is not a modifier (use ${MODIFIERS.join(', ')}; write Shift's key itself, e.g. "+")`,
      );
    }
    mods.add(mod as Modifier);
    rest = key;
  }
  if (!rest) throw new Error(`Key "${spec}" names no key`);
  return [...MODIFIERS.filter((m) => mods.has(m)), rest].join('+');
}

/** The chord a key press is, in the table's spelling. */
export function keyOf(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): string {
  const held = { Alt: e.altKey, Ctrl: e.ctrlKey, Meta: e.metaKey };
  return [...MODIFIERS.filter((m) => held[m]), e.key].join('+');
}

/** Text fields, where keys are typing: no global command runs from them. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
