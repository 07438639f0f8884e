import { ordersApi } from '../../../core/api/orders-api';
import { actingUser, defineHandlers } from '../handler';
import { createOrder, listOrders, orderView } from './order-service';

export const orderHandlers = defineHandlers(ordersApi, {
  'orders.create': (ctx, input) => ({ order: createOrder(ctx.db, actingUser(ctx), input, ctx.now()) }),
  'orders.list': (ctx, input) => listOrders(ctx.db, input),
  'orders.get': (ctx, input) => ({ order: orderView(ctx.db, input.id) }),
});
