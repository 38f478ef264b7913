// The name of the area under the pointer, next to the pointer.
import { areaById } from '../data';
import { useT } from '../i18n/use-t';
import { useAtlas } from '../store/store';

export function Tooltip() {
  const hovered = useAtlas((s) => s.hovered);
  const { t, lang } = useT();
  const area = hovered ? areaById(hovered.id) : undefined;
  if (!hovered || !area) return null;
  return (
    <div
      className="tooltip"
      role="tooltip"
      style={{ transform: `translate(${hovered.x + 14}px, ${hovered.y + 14}px)` }}
    >
      <strong>{area.name[lang]}</strong>
      <span>{area.name[lang === 'zh' ? 'en' : 'zh']}</span>
      <small>{t('tooltipHint')}</small>
    </div>
  );
}
