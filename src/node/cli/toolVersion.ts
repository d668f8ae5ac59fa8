import { version } from "../../../package.json";

/** The package's version, as `--version` and SARIF reports give it. */
export const TOOL_VERSION: string = version;
