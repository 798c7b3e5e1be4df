// PLACEHOLDER (issue 8 fills this in): `storysplit page FILE.html` and `storysplit page --jsonl`.
import { CliError } from './io';

export async function pageCommand(_args: string[]): Promise<number> {
  throw new CliError('storysplit page: not implemented yet');
}
