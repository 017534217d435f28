/**
 * The floor fixture, what the app's first rows are measured against: the least a page built on
 * this stack can load and do before it shows a table from the mock backend — React, ReactDOM,
 * the MUI modules the app's first screen loads (the virtual module, derived from the app's build
 * in the same run), RTK Query with react-redux, and MSW started by dynamic import as the app
 * starts it. No i18n (run.mjs also builds it once with i18next through `virtual:floor-i18n`, for
 * bytes only), no app code.
 */
import { StrictMode } from 'react';
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
import Typography from '@mui/material/Typography';
import { appMuiModules } from 'virtual:app-mui';
import { useFloorText } from 'virtual:floor-i18n';

interface Row {
  id: string;
  customerName: string;
  status: string;
  contactEmail: string | null;
  sentAt: string;
  comment: string | null;
}

const api = createApi({
  reducerPath: 'api',
  baseQuery: fetchBaseQuery({ baseUrl: `${window.location.origin}/api` }),
  endpoints: (build) => ({
    list: build.query<{ items: Row[]; total: number }, void>({
      query: () => 'connection-requests',
    }),
  }),
});

const store = configureStore({
  reducer: { [api.reducerPath]: api.reducer },
  middleware: (getDefault) => getDefault().concat(api.middleware),
});

function FloorTable() {
  const { data } = api.useListQuery();
  const text = useFloorText();
  return (
    <Paper variant="outlined" data-mui-modules={Object.keys(appMuiModules).length}>
      <Typography id="requests-heading" variant="h5" component="h2">
        {text('heading')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby="requests-heading">
          <TableHead>
            <TableRow>
              <TableCell>{text('customer')}</TableCell>
              <TableCell>{text('status')}</TableCell>
              <TableCell>{text('email')}</TableCell>
              <TableCell>{text('date')}</TableCell>
              <TableCell>{text('comments')}</TableCell>
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
        page={0}
        rowsPerPage={25}
        onPageChange={() => undefined}
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
