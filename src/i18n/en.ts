import common from './en/common.json';
import requests from './en/requests.json';
import suggestions from './en/suggestions.json';
import search from './en/search.json';
import demo from './en/demo.json';

export const en = { common, requests, suggestions, search, demo };
