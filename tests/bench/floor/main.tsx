/**
 * The floor fixture: the least a page built on this stack can load and do before it shows a
 * table from the mock backend, and to page and sort it — React, ReactDOM, the MUI modules the
 * app's first screen loads (the virtual module, derived from the app's build in the same run),
 * RTK Query with react-redux, and MSW started by dynamic import as the app starts it, answering
 * from the same 10,000 rows as the app's large account. Plain MUI rows, no i18n (run.mjs also
 * builds it once with i18next through `virtual:floor-i18n`, for bytes only), no app code.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { configureStore } from '@reduxjs/toolkit';
import { createApi, fetchBaseQuery } from '@reduxjs/toolkit/query/react';
import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { appMuiModules } from 'virtual:app-mui';
import { useFloorText } from 'virtual:floor-i18n';
import {
  FIRST_ORDER,
  PAGE_SIZE,
  type FloorRowPage,
  type FloorSortField,
  type FloorSortOrder,
} from './rows';
import type { FloorTextKey } from './text';

interface ListArgs {
  sort: FloorSortField;
  order: FloorSortOrder;
  page: number;
}

const api = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({ baseUrl: `${window.location.origin}/api` }),
  endpoints: (build) => ({
    list: build.query<FloorRowPage, ListArgs>({
      query: ({ sort, order, page }) => ({
        url: 'connection-rows',
        params: { sort, order, page, pageSize: PAGE_SIZE },
      }),
    }),
  }),
});

const store = configureStore({
  reducer: { [api.reducerPath]: api.reducer },
  middleware: (getDefault) => getDefault().concat(api.middleware),
});

const COLUMNS: { key: FloorTextKey; sort?: FloorSortField }[] = [
  { key: 'customer', sort: 'customer' },
  { key: 'status', sort: 'status' },
  { key: 'email' },
  { key: 'date', sort: 'sentAt' },
  { key: 'comments' },
];

function FloorTable() {
  const [args, setArgs] = useState<ListArgs>({ sort: 'sentAt', order: 'desc', page: 1 });
  // `data` keeps the last page while the next one loads, as the app shows it.
  const { data } = api.useListQuery(args);
  const text = useFloorText();
  const sortBy = (sort: FloorSortField) => {
    setArgs((current) => ({
      sort,
      order: current.sort === sort ? (current.order === 'asc' ? 'desc' : 'asc') : FIRST_ORDER[sort],
      page: 1,
    }));
  };
  return (
    <Paper variant="outlined" data-mui-modules={Object.keys(appMuiModules).length}>
      <Typography id="requests-heading" variant="h5" component="h2">
        {text('heading')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby="requests-heading">
          <TableHead>
            <TableRow>
              {COLUMNS.map(({ key, sort }) => {
                const active = sort === args.sort;
                return (
                  <TableCell key={key} sortDirection={active ? args.order : false}>
                    {sort === undefined ? (
                      text(key)
                    ) : (
                      <TableSortLabel
                        active={active}
                        direction={active ? args.order : FIRST_ORDER[sort]}
                        onClick={() => sortBy(sort)}
                      >
                        {text(key)}
                      </TableSortLabel>
                    )}
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.items.map((row) => (
              <TableRow key={row.id}>
                <TableCell component="th" scope="row">
                  {row.customerName}
                </TableCell>
                <TableCell>
                  <Chip size="small" label={row.status} />
                </TableCell>
                <TableCell>{row.contactEmail}</TableCell>
                <TableCell>{new Date(row.sentAt).toLocaleDateString('en')}</TableCell>
                <TableCell>{row.comment}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={data?.total ?? 0}
        page={data === undefined ? 0 : args.page - 1}
        rowsPerPage={PAGE_SIZE}
        onPageChange={(_event, zeroBased) => {
          setArgs((current) => ({ ...current, page: zeroBased + 1 }));
        }}
      />
    </Paper>
  );
}

async function main() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const { startFloorMock } = await import('./mock');
  await startFloorMock();
  root.render(
    <StrictMode>
      <Provider store={store}>
        <ThemeProvider theme={createTheme()}>
          <CssBaseline />
          <FloorTable />
        </ThemeProvider>
      </Provider>
    </StrictMode>,
  );
}

void main();
