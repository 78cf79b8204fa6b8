// The baseline: a bare Fastify route returning a constant, on the same machine as the API benchmark.
import Fastify from 'fastify';
const app = Fastify({ logger: false });
const body = { items: [], total: 0, page: 1, pageSize: 50 };
app.get('/constant', async () => body);
await app.listen({ port: Number(process.argv[2] ?? 3393), host: '127.0.0.1' });
console.log('bare ready');
