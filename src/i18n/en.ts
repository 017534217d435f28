import common from './en/common.json';
import requests from './en/requests.json';
import suggestions from './en/suggestions.json';
import search from './en/search.json';
import type demo from './en/demo.json';

/** The English messages of the first screen, bundled with the app. */
export const en = { common, requests, suggestions, search };

/**
 * Every English namespace, the lazy ones included (loaded with the UI that uses them, see
 * LAZY_NAMESPACES): what translation keys are type-checked against.
 */
export type EnglishMessages = typeof en & { demo: typeof demo };
