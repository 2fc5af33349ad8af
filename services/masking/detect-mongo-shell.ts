// The mongo shell changes a password with `db.changeUserPassword("user", "x")`: the user comes
// first and the password second, where a builder call (`.password("x")`) has its only argument.
import { pushCapture, type MatchSink } from './detect-sink.js'

/** `("user", "x"` (either quote, blanks between): the second literal is the password. */
const USER_THEN_PASSWORD = /\([ \t]*(?:"[^"\\\r\n]{1,128}"|'[^'\\\r\n]{1,128}')[ \t]*,[ \t]*["']([^"'\\\r\n]{1,128})["']/yd

/** At `changeUserPassword` before its `(` (`j`): masks the password argument; its end, or -1. */
export function handleChangeUserPassword (text: string, j: number, sink: MatchSink): number {
  return pushCapture(USER_THEN_PASSWORD, text, j, 'connection_secret', sink)
}
