// The one window listener for the global commands, on the real store: precedence of the
// presentation, text fields and modified keys left alone, Space on a button left to the button.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { globalCommandFor, installGlobalKeys } from '../../src/store/global-keys';
import { initialState } from '../../src/store/state';
import { useAtlas } from '../../src/store/store';

let uninstall: () => void = () => undefined;
beforeEach(() => {
  useAtlas.setState(initialState);
  uninstall = installGlobalKeys(useAtlas);
});
afterEach(() => {
  uninstall();
  document.body.replaceChildren();
});

/** Presses a key on an element (the body by default); returns the event, to see if it was consumed. */
function press(key: string, target: Element = document.body, init: KeyboardEventInit = {}) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e;
}

const add = (html: string) => {
  const wrap = document.createElement('div');
  wrap.innerHTML = html;
  document.body.append(wrap);
  return wrap.firstElementChild as Element;
};

describe('the global key listener', () => {
  it('clears the selection on Escape when nothing is presented', () => {
    useAtlas.getState().selectArea('harbin');
    const e = press('Escape');
    expect(useAtlas.getState().selected).toBeNull();
    expect(e.defaultPrevented).toBe(true);
  });

  it('leaves Escape to an open menu, and the selection stays', () => {
    useAtlas.getState().selectArea('harbin');
    const menu = add('<header data-open-menu><button>Menu</button></header>');
    const e = press('Escape', menu.querySelector('button') as Element);
    expect(useAtlas.getState().selected).toBe('harbin');
    expect(e.defaultPrevented).toBe(false);
  });

  it('gives the presentation precedence: Escape leaves it and keeps the selection', () => {
    useAtlas.getState().startPresenting(6); // Pudong
    press('Escape');
    expect(useAtlas.getState().presenter.active).toBe(false);
    expect(useAtlas.getState().selected).toBe('pudong');
  });

  it('steps the presentation with the clicker keys', () => {
    useAtlas.getState().startPresenting(0);
    const step = () => useAtlas.getState().presenter.step;
    press('ArrowRight');
    press('PageDown');
    press(' ');
    expect(step()).toBe(3);
    press('PageUp');
    press('ArrowLeft');
    expect(step()).toBe(1);
    press('End');
    expect(step()).toBe(24);
    press('Home');
    expect(step()).toBe(0);
  });

  it('runs no presentation key when nothing is presented', () => {
    const e = press('ArrowRight');
    expect(useAtlas.getState().presenter).toEqual(initialState.presenter);
    expect(e.defaultPrevented).toBe(false);
  });

  it('consumes the keys it runs, before the map or a panel hears them', () => {
    useAtlas.getState().startPresenting(0);
    const canvas = add('<div tabindex="0"></div>');
    const heard: string[] = [];
    canvas.addEventListener('keydown', (e) => heard.push((e as KeyboardEvent).key));
    press('ArrowRight', canvas);
    press('ArrowUp', canvas); // not a presentation key: the map still hears it
    expect(heard).toEqual(['ArrowUp']);
    expect(useAtlas.getState().presenter.step).toBe(1);
  });

  it('leaves keys typed in text fields alone', () => {
    useAtlas.getState().startPresenting(0);
    for (const html of [
      '<input type="search">',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
      '<div contenteditable="true"><p>text</p></div>',
    ]) {
      const field = add(html);
      const inner = field.querySelector('p') ?? field;
      expect(press('ArrowRight', inner).defaultPrevented, html).toBe(false);
      expect(press('Escape', inner).defaultPrevented, html).toBe(false);
    }
    expect(useAtlas.getState().presenter).toMatchObject({ active: true, step: 0 });
    useAtlas.setState({ presenter: initialState.presenter, selected: 'harbin' });
    press('Escape', add('<input>'));
    expect(useAtlas.getState().selected).toBe('harbin');
  });

  it('leaves modified keys alone', () => {
    useAtlas.getState().startPresenting(0);
    press('ArrowRight', document.body, { ctrlKey: true });
    press('ArrowRight', document.body, { altKey: true });
    press('ArrowRight', document.body, { metaKey: true });
    expect(useAtlas.getState().presenter.step).toBe(0);
    press('ArrowRight', document.body, { shiftKey: true });
    expect(useAtlas.getState().presenter.step).toBe(1);
  });

  it('lets Space press a focused button, and still steps on the arrows there', () => {
    useAtlas.getState().startPresenting(0);
    const button = add('<button type="button"><span>Play</span></button>');
    const inner = button.querySelector('span') ?? button;
    expect(press(' ', inner).defaultPrevented).toBe(false);
    expect(useAtlas.getState().presenter.step).toBe(0);
    press('ArrowRight', button);
    expect(useAtlas.getState().presenter.step).toBe(1);
  });

  it('respects a key another listener already handled, and goes away when removed', () => {
    useAtlas.getState().selectArea('harbin');
    const handled = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(useAtlas.getState().selected).toBe('harbin');
    uninstall();
    press('Escape');
    expect(useAtlas.getState().selected).toBe('harbin');
  });

  it('looks up the global command without running it', () => {
    const body = document.body;
    const at = (key: string, presenting: boolean) =>
      globalCommandFor({ key, altKey: false, ctrlKey: false, metaKey: false, target: body }, presenting)?.id;
    expect(at('Escape', true)).toBe('presenting.exit');
    expect(at('Escape', false)).toBe('app.clearSelection');
    expect(at('End', true)).toBe('presenting.last');
    expect(at('End', false)).toBeUndefined();
  });
});
