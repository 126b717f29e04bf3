/** The map stage: items → GeoJSON, scales, colours, city groups and filter expressions. */
export * from './palette';
export * from './scales';
export * from './grouping';
export * from './expressions';
export * from './geojson';
export * from './style';
export * from './url';
export * from './summary';
