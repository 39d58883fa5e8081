// A 1 MB settings page: 3,000 ordinary rows around AI-training switches with long names, a long
// unbroken word in a section's title (shown at a glance) and in help text with a long address
// (shown under Details), a radio group whose question is only in its description under a
// "Your data" heading, and a select whose options are sentences. Used by run.mjs (timings, the
// popup at a glance) and probe-bench.mjs (the capture's cost).
export const BIG_LABEL = 'Use my posts, comments, reactions, profile details, résumé and messages for training content creation AI models and for improving the generative AI features of LinkedIn and its affiliates';
export function wideSettingsPage() {
  const rows = [];
  for (let i = 0; i < 3000; i++) {
    rows.push(`<div class="row"><label for="n${i}">Email me when someone in group ${i} mentions me or replies to a comment I wrote</label><input type="checkbox" role="switch" id="n${i}" ${i % 2 ? 'checked' : ''}><p class="help">At most one email a day, with a summary of the conversation (group-${i}-notification-preferences-and-digest-frequency-settings). You can change this at any time.</p></div>`);
    if (i === 5) {
      rows.push(`<section><h2>GenerativeAIImprovementAndModelTrainingPreferencesForAllMembersWorldwide</h2><div class="row"><label for="ai1">${BIG_LABEL}</label><input type="checkbox" role="switch" id="ai1" checked><p class="help">See https://www.linkedin.com/help/linkedin/answer/a5538339/how-linkedin-uses-your-personal-data-for-generative-ai-features-and-model-training?lang=en&amp;intendedLocale=en_US&amp;referrer=settings-page-data-for-generative-ai-improvement for details. Supercalifragilisticexpialidociousdatasharingandgenerativeaiimprovementprogrammeforallmembersworldwide.</p></div></section>`);
      rows.push('<section><h2>Your data</h2><div role="radiogroup" aria-describedby="q"><p id="q">Can LinkedIn and its affiliates use the content you post, and the way you use LinkedIn, to train the AI models that power generative features?</p><label><input type="radio" name="train" checked> Yes, use my data</label><label><input type="radio" name="train"> No, do not use my data</label></div></section>');
      rows.push('<div class="row"><label for="sel">Share my data with third-party partners to train their AI models</label><select id="sel"><option selected>Allow all partners, including research institutions and model providers</option><option>Do not share my data with any third party for AI training</option></select></div>');
    }
  }
  return `<!DOCTYPE html><html lang="en"><head><title>All settings | LinkedIn</title></head><body><main><h1>Settings</h1>${rows.join('\n')}</main></body></html>`;
}

