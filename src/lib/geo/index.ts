/** Territory: the 40 municipalities, their subregions and population (derived geodata). */
export * from './municipalities.ts';
