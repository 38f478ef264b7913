// Announces selections politely to screen readers.
import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../store/store';
import { announceSelection } from './announce';

export function LiveRegion() {
  const selected = useAtlas((s) => s.selected);
  const lang = useAtlas((s) => s.lang);
  const [text, setText] = useState('');
  const first = useRef(true);
  useEffect(() => {
    // Stay quiet on page load; speak only about changes.
    if (first.current) {
      first.current = false;
      if (!selected) return;
    }
    setText(announceSelection(selected, lang));
  }, [selected, lang]);
  return (
    <div aria-live="polite" className="visually-hidden" data-testid="live-region">
      {text}
    </div>
  );
}
