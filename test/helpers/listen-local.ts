// Listens on a free loopback port; close() also drops kept-alive connections so tests end at once.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export async function listenLocal (server: Server): Promise<{ url: string, close: () => Promise<void> }> {
  server.keepAliveTimeout = 60_000 // 60 s: the clients under test keep their connections
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
