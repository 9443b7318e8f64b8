/**
 * Preload (sandboxed, context-isolated): exposes window.k2 and nothing else. Built as one CommonJS file with
 * its dependencies bundled (electron.vite.config.ts), because a sandboxed preload can only require 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('k2', createBridge(ipcRenderer));
