import { listRows, parseRowsQuery } from '../domain/rows';
import { listing } from './guard';

export const connectionRowHandlers = [listing('/connection-rows', parseRowsQuery, listRows)];
