// Child process of the benchmark: a bare Express route answering, in turn, the bodies of the
// /api/search answers it is compared with (same bytes, same JSON content type), in a process of its
// own as the server is. Usage: bare-server.ts <bodies.json> <port>; prints `ready` once listening.
import { readFileSync } from 'node:fs';
import express from 'express';

const [bodiesPath, port] = process.argv.slice(2) as [string, string];
const bodies = JSON.parse(readFileSync(bodiesPath, 'utf8')) as string[];
const app = express();
app.get('/bare/:k', (req, res) => {
  res.type('application/json').send(bodies[Number(req.params.k) % bodies.length]);
});
app.listen(Number(port), '127.0.0.1', () => console.log('ready'));
