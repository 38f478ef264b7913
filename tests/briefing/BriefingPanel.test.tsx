// The briefing editor's import: a refused file is explained in the UI language and changes nothing.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { BriefingPanel } from '../../src/briefing/BriefingPanel';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

beforeEach(() => {
  useAtlas.setState(initialState);
});

const file = (text: string) => new File([text], 'briefing.json', { type: 'application/json' });

describe('BriefingPanel import', () => {
  it('explains a refused file in English', async () => {
    const user = userEvent.setup();
    render(<BriefingPanel />);
    await user.upload(screen.getByLabelText('Import briefing (JSON)'), file('{"version": "1"}'));
    expect(useAtlas.getState().notices).toEqual([
      {
        text: 'The briefing file was not imported, nothing changed: version: must be the number 1, not the text "1"',
      },
    ]);
    expect(useAtlas.getState().briefing).toBeNull();
  });

  it('explains a refused file in Chinese when the UI is in Chinese', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.setState({ lang: 'zh' }));
    render(<BriefingPanel />);
    await user.upload(screen.getByLabelText('导入简报（JSON）'), file('{not json'));
    expect(useAtlas.getState().notices).toEqual([
      { text: '简报文件未导入，未作任何更改：文件不是有效的 JSON。' },
    ]);
    expect(useAtlas.getState().briefing).toBeNull();
  });
});

describe('BriefingPanel keeping', () => {
  const hintOf = () => screen.getByRole('region', { name: 'Briefing' });

  it('says "kept in this browser" only while saving works', () => {
    act(() => useAtlas.getState().setBriefingTitle('Mine'));
    render(<BriefingPanel />);
    expect(hintOf()).toHaveTextContent('Your briefing, kept in this browser.');
    act(() => useAtlas.getState().setKeeping('refused'));
    expect(hintOf()).not.toHaveTextContent('kept in this browser');
    expect(screen.getByRole('note')).toHaveTextContent(
      'Your briefing — not saved: this browser refused to store it. Export it to keep it.',
    );
    expect(
      within(screen.getByRole('note')).getByRole('button', { name: 'Export briefing (JSON)' }),
    ).toBeVisible();
  });

  it('says edits cannot be kept when site data is blocked, built-in briefing or own', () => {
    act(() => useAtlas.getState().setKeeping('blocked'));
    render(<BriefingPanel />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Built-in briefing, generated from the data. This browser blocks site data, so edits cannot be kept here: export your briefing to keep it.',
    );
    act(() => useAtlas.getState().setBriefingTitle('Mine'));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Your briefing — not saved: this browser blocks site data, so edits cannot be kept here. Export it to keep it.',
    );
  });

  it('offers a damaged saved briefing for download, and discards it only when asked', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.getState().foundDamagedBriefing({ text: '{not json', error: 'x' }));
    render(<BriefingPanel />);
    const note = screen.getByRole('note');
    // The reason is worked out again, in the UI language.
    expect(note).toHaveTextContent(
      'A briefing saved in this browser earlier could not be read: The file is not valid JSON.',
    );
    expect(within(note).getByRole('button', { name: 'Download the damaged briefing' })).toBeVisible();
    await user.click(within(note).getByRole('button', { name: 'Discard it' }));
    expect(useAtlas.getState().damaged).toBeNull();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});

describe('BriefingPanel replacing', () => {
  it('imports over the user’s briefing with an Undo notice, and Back to the built-in one too', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.getState().setBriefingTitle('Mine'));
    render(<BriefingPanel />);
    const good = JSON.stringify({
      version: 1,
      title: 'Theirs',
      steps: [{ bounds: [73, 18, 135, 54], caption: 'c' }],
    });
    await user.upload(screen.getByLabelText('Import briefing (JSON)'), file(good));
    const s = useAtlas.getState();
    expect(s.briefing?.title).toBe('Theirs');
    expect(s.notices.map((n) => n.text)).toEqual([
      'Replaced your briefing “Mine” (25 steps).',
      'Imported “Theirs” (1 step).',
    ]);
    expect(s.notices[0]?.action).toMatchObject({ kind: 'restore', briefing: { title: 'Mine' } });
    await user.click(screen.getByRole('button', { name: 'Back to the built-in briefing' }));
    expect(useAtlas.getState().briefing).toBeNull();
    expect(useAtlas.getState().notices.map((n) => n.text)).toContain(
      'Replaced your briefing “Theirs” (1 step).',
    );
  });
});
