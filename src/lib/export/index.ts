/**
 * Exports: CSV / XLSX / GeoJSON of the listed projects and PNG / PDF snapshots of the map.
 * This face holds only the light, pure parts; the heavy writers (./xlsx, ./pdf, ./snapshot,
 * ./browser) are imported on demand.
 */
export { default as ExportPanel } from './ExportPanel.svelte';
export { attributionLines, attributionText, DATA_SOURCES, type DataSource } from './attribution';
export { COLUMNS, guardCell, itemRecord, itemRow } from './fields';
export { dataAsOf, exportFileName, FORMATS, weekRangeLabel, type ExportFormat } from './filename';
export { legendSpec, type LegendSpec } from './legend';
export { defaultTitle, pixelSize, SIZES, type SnapshotSize } from './options';
