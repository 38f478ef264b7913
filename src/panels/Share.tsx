// "Copy link", "Copy embed code" and, in the embed view, "Open in New Areas Atlas". Copying uses the
// clipboard API; where the browser refuses it (no permission, an iframe without clipboard-write, an
// old browser) the text is shown selected in a read-only field, focused so Ctrl+C copies it (then it
// goes, as it does on Escape), with the words saying so just above it, among the buttons. A notice at
// the top of the page had been covered by the Share menu on a phone, and the field, floating below
// the menu, had covered the page.
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { embedCode, linkFor } from '../store/share';
import { useAtlas } from '../store/store';
import { pick } from '../store/url-sync';
import { useT } from '../store/use-t';
import { HeaderMenu } from './HeaderMenu';

/** Whether the page may write to the clipboard: a frame may not unless its host page allows it
 * (allow="clipboard-write"), and asking anyway logs a policy violation. */
function mayWriteClipboard(): boolean {
  const policy = (document as { featurePolicy?: { allowsFeature: (f: string) => boolean } }).featurePolicy;
  return policy ? policy.allowsFeature('clipboard-write') : true;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText || !mayWriteClipboard()) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copied; or refused, with the text to show and the button that asked; or nothing yet. */
type Outcome = 'copied' | { text: string; from: HTMLElement } | null;

/** `menu`: in the header, behind a "Share" disclosure (the header is full); in the embed bar, open. */
export function Share({ menu = false }: { menu?: boolean }) {
  const { t } = useT();
  // Renders again only when what the links carry changes (not on every map move); the links
  // themselves are made from the state at the moment they are used.
  useAtlas(useShallow(pick));
  const state = useAtlas.getState();
  // What the last copy came to: words are looked up at render, so they follow a change of language.
  // A refusal is a new object each time, so the field is focused again even for the same text; `from`
  // is the button that asked, which has the focus back when the field goes.
  const [outcome, setOutcome] = useState<Outcome>(null);
  const refused = outcome !== null && outcome !== 'copied' ? outcome : null;
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (refused === null) return;
    field.current?.focus();
    field.current?.select();
  }, [refused]);

  const copy = async (text: string, from: HTMLElement) => {
    setOutcome((await copyText(text)) ? 'copied' : { text, from });
  };
  /** The field goes (copied from, or sent away); the focus goes back to the button that asked. */
  const dropField = (next: 'copied' | null) => {
    refused?.from.focus();
    setOutcome(next);
  };
  const href = () => window.location.href;
  // The camera lives in the hash, which moves without a render: the link is brought up to date
  // whenever it is about to be followed, copied or opened in a new tab.
  const refresh = (e: React.SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = linkFor(useAtlas.getState(), href(), false);
  };

  const controls = (
    <span className="share">
      {state.embed && (
        <a
          className="open-in-atlas"
          href={linkFor(state, href(), false)}
          target="_blank"
          rel="noopener"
          onMouseDown={refresh}
          onFocus={refresh}
          onClick={refresh}
        >
          {t('openInAtlas')}
        </a>
      )}
      <button
        type="button"
        onClick={(e) => copy(linkFor(useAtlas.getState(), href(), false), e.currentTarget)}
      >
        {t('copyLink')}
      </button>
      <button
        type="button"
        onClick={(e) => copy(embedCode(useAtlas.getState(), href(), t('embedTitle')), e.currentTarget)}
      >
        {t('copyEmbed')}
      </button>
      <span role="status" className={refused ? 'share-status refused' : 'share-status'}>
        {outcome === 'copied' ? t('copied') : refused ? t('copyRefused') : ''}
      </span>
      {refused !== null && (
        <input
          ref={field}
          className="share-fallback"
          readOnly
          aria-label={t('copyField')}
          value={refused.text}
          onFocus={(e) => e.currentTarget.select()}
          // Once the user has copied it, or sends it away with Escape, the field goes: in a small
          // embed it covers much of the map. After the copy, not during it: gone before the browser
          // has copied, the field would take the selection along.
          onCopy={() => setTimeout(() => dropField('copied'))}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation(); // the field's, not the menu's or the app's
            dropField(null);
          }}
        />
      )}
    </span>
  );
  if (!menu) return controls;
  return (
    <HeaderMenu label={t('share')} className="share-menu">
      {controls}
    </HeaderMenu>
  );
}
