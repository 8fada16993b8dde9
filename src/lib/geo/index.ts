/** Territory: the department's municipalities, their subregions and population (derived geodata). */
export * from './municipalities.ts';
