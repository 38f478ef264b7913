// The briefing editor's import: a refused file is explained in the UI language and changes nothing.
import { act, render, screen } from '@testing-library/react';
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
      'The briefing file was not imported, nothing changed: version: must be the number 1, not the text "1"',
    ]);
    expect(useAtlas.getState().briefing).toBeNull();
  });

  it('explains a refused file in Chinese when the UI is in Chinese', async () => {
    const user = userEvent.setup();
    act(() => useAtlas.setState({ lang: 'zh' }));
    render(<BriefingPanel />);
    await user.upload(screen.getByLabelText('导入简报（JSON）'), file('{not json'));
    expect(useAtlas.getState().notices).toEqual(['简报文件未导入，未作任何更改：文件不是有效的 JSON。']);
    expect(useAtlas.getState().briefing).toBeNull();
  });
});
