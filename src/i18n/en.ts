import common from './en/common.json';
import requests from './en/requests.json';
import suggestions from './en/suggestions.json';
import search from './en/search.json';

/** The English messages of the first screen, bundled with the app. */
export const en = { common, requests, suggestions, search };
