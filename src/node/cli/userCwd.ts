import { join, resolve } from "node:path";

/**
 * Where the user stands. npm runs a package's scripts from the package's folder and keeps the
 * caller's folder in INIT_CWD, so `npm run -s check -- x.json` in a subfolder of the checkout
 * must read x.json there. Only this package's own scripts are treated so: a script of another
 * project that calls the installed command means its paths relative to that project's folder,
 * which is the working directory npm gives it.
 */
export function userCwd(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  root: string,
): string {
  const own =
    env.npm_package_json !== undefined &&
    resolve(env.npm_package_json) === join(root, "package.json");
  return own && env.INIT_CWD !== undefined && env.INIT_CWD !== "" ? resolve(env.INIT_CWD) : cwd;
}
