#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm ci builds dist/ through the prepare script).
import { main } from '../dist/cli.js'

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`scanclean: internal error: ${error?.stack ?? error}\n`)
    process.exit(1)
  },
)
