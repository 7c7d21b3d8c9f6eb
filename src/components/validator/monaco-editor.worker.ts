// Monaco's own editor worker (a Web Worker), bundled from the monaco-editor package so nothing loads from a CDN.
import 'monaco-editor/editor/editor.worker.js';
