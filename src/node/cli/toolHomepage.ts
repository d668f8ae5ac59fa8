import { homepage } from "../../../package.json";

/** Where to read about the tool, as SARIF reports give it (tool.driver.informationUri). */
export const TOOL_HOMEPAGE: string = homepage;
