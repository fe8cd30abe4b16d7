import { describe, expect, it } from '@jest/globals';
import { parseRoutes, routeChannels, routeIncident } from '../src/alert/routing.js';
import { ConfigError } from '../src/errors.js';

describe('routeIncident', () => {
  const routes = parseRoutes(
    'service:Checkout API=C0CHECKOUT, team:PTEAM01=C0TEAM, service:PSVC002=C0BILLING',
    'routes',
  );

  it('a runbook channel comes first, then the service (id or name, any case), then a team, then the default', () => {
    expect(
      routeIncident(
        { runbook: { id: 'db', slackChannel: 'C0DB' }, service: { name: 'Checkout API' } },
        routes,
        'C0DEFAULT',
      ),
    ).toEqual({ channel: 'C0DB', reason: 'runbook db' });
    expect(routeIncident({ service: { id: 'PSVC001', name: 'checkout api' } }, routes, 'C0DEFAULT')).toEqual({
      channel: 'C0CHECKOUT',
      reason: 'service checkout api',
    });
    expect(routeIncident({ service: { id: 'PSVC002' } }, routes, 'C0DEFAULT').channel).toBe('C0BILLING');
    expect(
      routeIncident(
        { service: { id: 'PSVC009' }, teams: [{ id: 'PTEAM01', name: 'SRE' }] },
        routes,
        'C0DEFAULT',
      ),
    ).toEqual({ channel: 'C0TEAM', reason: 'team SRE' });
    expect(routeIncident({ runbook: { id: 'x' } }, undefined, 'C0DEFAULT')).toEqual({
      channel: 'C0DEFAULT',
      reason: 'default',
    });
  });

  it('routeChannels lists the default first and each channel once', () => {
    expect(routeChannels(routes, ['C0DB', 'C0TEAM'], 'C0DEFAULT')).toEqual([
      'C0DEFAULT',
      'C0CHECKOUT',
      'C0BILLING',
      'C0TEAM',
      'C0DB',
    ]);
  });
});

describe('parseRoutes', () => {
  it('reports every wrong entry at once, naming the setting', () => {
    const read = () => parseRoutes('service:a=#ops, nonsense, team:b=C0OK', 'input "routes"');
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(
      /^Invalid input "routes": "service:a=#ops": "#ops" is not a Slack channel ID \(C0123ABCD\); "nonsense" is not/,
    );
  });

  it('reads entries separated by new lines as well', () => {
    const routes = parseRoutes('service:PSVC1=C0A\nteam:Platform=C0B\n', 'routes');
    expect([...routes.services]).toEqual([['psvc1', 'C0A']]);
    expect([...routes.teams]).toEqual([['platform', 'C0B']]);
  });
});

describe('a route with a language', () => {
  it('"/ja" after the channel sets the language of that channel\'s messages', () => {
    const routes = parseRoutes('service:payment-api=C0PAYMENTS/ja, team:SRE=C0SRE', 'routes');
    expect(routeIncident({ service: { name: 'payment-api' } }, routes, 'C0DEFAULT')).toEqual({
      channel: 'C0PAYMENTS',
      language: 'ja',
      reason: 'service payment-api',
    });
    expect(routeIncident({ teams: [{ id: 'P1', name: 'SRE' }] }, routes, 'C0DEFAULT')).toEqual({
      channel: 'C0SRE',
      reason: 'team SRE',
    });
    expect(() => parseRoutes('service:a=C0A/fr', 'routes')).toThrow(
      'the language after "/" is en or ja, found "fr"',
    );
  });
});
