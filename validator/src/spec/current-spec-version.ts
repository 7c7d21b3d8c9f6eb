// The DfE spec version validate() and the generator use when none is named. In its own file so that
// `csc-api --version` can name it without loading the spec data. Plain TypeScript; runs anywhere.
export const currentSpecVersion = '1.0.1';
