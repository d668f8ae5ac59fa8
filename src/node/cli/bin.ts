// First: it sets the engine's flags before the rest of the command is loaded.
import "./engineFlags";
import { processIo } from "./CliIo";
import { packageRoot } from "./packageRoot";
import { runCampaignLens } from "./runCampaignLens";
import { userCwd } from "./userCwd";

// The `campaign-lens` command. Relative paths on its command line are the user's.
process.chdir(userCwd(process.env, process.cwd(), packageRoot()));
const code = await runCampaignLens(process.argv.slice(2), processIo());
if (code !== null) process.exitCode = code;
