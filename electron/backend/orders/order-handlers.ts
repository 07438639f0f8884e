import { actingUser, defineHandlers } from '../handler';
import { createOrder, listOrders, orderView } from './order-service';

export const orderHandlers = defineHandlers<'orders.create' | 'orders.list' | 'orders.get'>({
  'orders.create': { permission: 'orders.manage', run: (ctx, input) => ({ order: createOrder(ctx.db, actingUser(ctx), input, ctx.now()) }) },
  'orders.list': { permission: 'cards.read', run: (ctx, input) => listOrders(ctx.db, input) },
  'orders.get': { permission: 'cards.read', run: (ctx, input) => ({ order: orderView(ctx.db, input.id) }) },
});
