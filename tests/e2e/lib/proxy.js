// An HTTP proxy on 127.0.0.1 that tunnels every CONNECT to the local test server, whatever host
// the browser asked for: Firefox has no host-resolver rules, so the real host names (arxiv.org,
// papers.cool, …) reach the saved pages through this proxy, and nothing leaves the machine.
import http from 'node:http';
import net from 'node:net';

export async function startProxy(targetPort) {
  const server = http.createServer((req, res) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('only CONNECT to the test server');
  });
  const sockets = new Set();
  server.on('connect', (req, client, head) => {
    const upstream = net.connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(r));
    },
  };
}
