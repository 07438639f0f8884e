import { ordersApi } from '../../../core/api/orders-api';
import { actingUser, defineHandlers } from '../handler';
import { revokeOrder } from './order-revocation';
import { createOrder, listOrders, orderView } from './order-service';

export const orderHandlers = defineHandlers(ordersApi, {
  'orders.create': (ctx, input) => ({ order: createOrder(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'orders.list': (ctx, input) => listOrders(ctx.db, input),
  'orders.get': (ctx, input) => ({ order: orderView(ctx.db, input.id) }),
  'orders.revoke': (ctx, input) => ({ order: revokeOrder(ctx.db, actingUser(ctx), input, ctx.now()) }),
});
