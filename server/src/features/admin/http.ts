/** The REST helpers the rating, holiday and admin features use: the one principal resolver and JSON wrapper in http/principal.ts. */
export { json, principalOf } from '../../http/principal';
