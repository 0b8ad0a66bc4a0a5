import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE } from '../auth/access.decorators';
import { ROUTE_CONTRACT, type RouteContract } from './contract.decorator';

export interface RouteInfo {
  method: string;
  /** Nest-style path, e.g. `/api/organisations/:id`. */
  path: string;
  handler: string;
  isPublic: boolean;
  contract: RouteContract | undefined;
}

/** Lists every HTTP route of the running app with its access declaration and contract. */
@Injectable()
export class RouteRegistry {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  list(): RouteInfo[] {
    const routes: RouteInfo[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      const base = this.pathOf(metatype);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const targets = [handler, metatype];
        routes.push({
          method: RequestMethod[method],
          path: joinPath(base, this.pathOf(handler)),
          handler: `${metatype.name}.${name}`,
          isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false,
          contract: this.reflector.get<RouteContract>(ROUTE_CONTRACT, handler),
        });
      }
    }
    return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }

  private pathOf(target: object): string {
    const path = Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
    return Array.isArray(path) ? (path[0] ?? '') : (path ?? '');
  }
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}
