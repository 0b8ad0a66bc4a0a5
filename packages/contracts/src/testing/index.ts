// Test doubles for the contracts, published as `@commonroom/contracts/testing` so production code
// never imports them from the package's main entry point.
export { FakeStreamSocket } from './fake-stream-socket.js';
