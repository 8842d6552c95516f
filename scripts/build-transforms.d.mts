import type {Plugin} from 'vite';
export function transformSource(code: string, id: string): Promise<string | undefined>;
export function buildTransforms(): Plugin;
