/** The floor's rows on the wire: a plain request row, as the app's table shows one. */
export interface FloorRow {
  id: string;
  customerId: string;
  customerName: string;
  status: string;
  contactEmail: string | null;
  sentAt: string;
  comment: string | null;
}

export interface FloorRowPage {
  items: FloorRow[];
  total: number;
  page: number;
  pageSize: number;
}

export type FloorSortField = 'customer' | 'status' | 'sentAt';
export type FloorSortOrder = 'asc' | 'desc';

/** The order a column sorts in when first clicked, as in the app: names A→Z, newest first. */
export const FIRST_ORDER: Record<FloorSortField, FloorSortOrder> = {
  customer: 'asc',
  status: 'asc',
  sentAt: 'desc',
};

export const PAGE_SIZE = 25;
