// "Download data": the tables and outlines behind the map, for a spreadsheet or a GIS, in a header
// menu (HeaderMenu.tsx) that closes once a file is chosen. The CSV text is built by the pure
// functions in data/tables, loaded on the first download (no first screen needs them); this only
// hands it over.
import type { PlainKey } from '../i18n/strings';
import { geoJson } from '../map/geo-data';
import { DETAIL_FILES } from '../map/geo-files';
import { useActions } from '../store/use-actions';
import { useT } from '../store/use-t';
import { download } from './download';
import { HeaderMenu } from './HeaderMenu';

const CSV = 'text/csv;charset=utf-8';

const FILES: { name: string; label: PlainKey; make: () => Promise<Blob> }[] = [
  {
    name: 'areas.csv',
    label: 'downloadAreas',
    make: async () => {
      const { areasCsv } = await import('../data/tables/areas-table');
      return new Blob([areasCsv()], { type: CSV });
    },
  },
  {
    name: 'measure-links.csv',
    label: 'downloadLinks',
    make: async () => {
      const { measureLinksCsv } = await import('../data/tables/measure-links-table');
      return new Blob([measureLinksCsv()], { type: CSV });
    },
  },
  {
    name: 'new-areas.geojson',
    label: 'downloadOutlines',
    make: async () => {
      const { outlinesGeoJson } = await import('../data/tables/outlines-geojson');
      return new Blob([outlinesGeoJson(await geoJson(DETAIL_FILES.areas))], { type: 'application/geo+json' });
    },
  },
];

export function DownloadData() {
  const { t } = useT();
  const { addNotices } = useActions('addNotices');
  const save = async (file: (typeof FILES)[number]) => {
    try {
      download(await file.make(), file.name);
    } catch (e) {
      addNotices([t('downloadFailed', { error: e instanceof Error ? e.message : String(e) })]);
    }
  };
  return (
    <HeaderMenu label={t('downloadData')} className="download-data" closeOnChoose>
      <ul>
        {FILES.map((f) => (
          <li key={f.name}>
            <button type="button" onClick={() => save(f)}>
              {t(f.label)}
            </button>
          </li>
        ))}
      </ul>
    </HeaderMenu>
  );
}
