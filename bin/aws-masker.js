#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, from any working directory.
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url))
const { main } = await tsImport('../services/masking/cli.ts', { parentURL: import.meta.url, tsconfig })
process.exitCode = await main(process.argv.slice(2))
