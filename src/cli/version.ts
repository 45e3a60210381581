// The CLI's --version: the same source as the library's output, without loading anything else.

export { readVersion } from '../version.js';
