// Public surface of the regions library: provinces, cities, place names and their English forms.
export { englishName } from './english-name.ts';
export {
  NATIONAL_REGION,
  PROVINCES,
  allCities,
  allPlaceNames,
  findProvince,
  type City,
  type Province,
} from './regions.ts';
